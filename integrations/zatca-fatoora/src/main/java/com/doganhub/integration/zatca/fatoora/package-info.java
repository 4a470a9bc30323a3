/**
 * ZATCA's Fatoora API, built for issue 8: {@link com.doganhub.integration.zatca.fatoora.FatooraClient} sends the
 * documented requests (headers {@code Accept-Version: V2}, {@code Accept-Language: en}, Basic authentication with the
 * CSID token and secret, {@code OTP} on compliance) and turns every answer into a {@link
 * com.doganhub.integration.zatca.fatoora.FatooraResult} the caller can act on: accepted, accepted with warnings,
 * rejected (with ZATCA's messages), unauthorized, already submitted, or retry later.
 */
package com.doganhub.integration.zatca.fatoora;
