package com.doganhub.integration.api;

/** How urgently production needs an integration: P0 blocks go-live, P2 is an enhancement. */
public enum IntegrationPriority { P0, P1, P2 }
