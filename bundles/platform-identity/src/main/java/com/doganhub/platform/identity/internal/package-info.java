/**
 * Who may use the platform: tenants ({@code tenants}), their users and passwords ({@code users}), sign-in with
 * access and refresh tokens ({@code auth}), roles and permissions ({@code roles}), white-label branding
 * ({@code branding}), account emails ({@code mail}), the first-start accounts ({@code bootstrap}) and the Karaf
 * shell commands ({@code shell}). Everything here is private to the bundle; other bundles see only the
 * {@code RequestAuthenticator} it registers and the permissions in the {@code TenantContext} it builds.
 */
package com.doganhub.platform.identity.internal;
