/** The module registry's implementation: private to the bundle. */
package com.doganhub.platform.modules.internal;
