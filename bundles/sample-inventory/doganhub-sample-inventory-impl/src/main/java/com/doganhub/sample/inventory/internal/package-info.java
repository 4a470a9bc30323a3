/** The Inventory module's implementation: private to its bundle. */
package com.doganhub.sample.inventory.internal;
