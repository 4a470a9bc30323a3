package com.doganhub.sample.inventory.api;

/** An item as other modules see it. */
public record ItemSummary(String id, String name, int quantity) {
}
