/**
 * ZATCA's Fatoora API as a Camel route ({@link com.doganhub.integration.zatca.fatoora.FatooraRoute}, endpoint
 * {@code direct:doganhub-zatca-fatoora}). {@link com.doganhub.integration.zatca.fatoora.FatooraClient} sends the
 * documented requests (headers {@code Accept-Version: V2}, {@code Accept-Language: en}, Basic authentication with the
 * CSID token and secret, {@code OTP} on compliance and renewal) and turns every answer into a {@code FatooraResult}:
 * accepted, accepted with warnings, rejected (with ZATCA's messages), unauthorized, already submitted, or retry later.
 * Private to this bundle; the contract is {@code com.doganhub.integration.api.zatca}.
 */
package com.doganhub.integration.zatca.fatoora;
