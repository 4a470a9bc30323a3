/**
 * ZATCA e-invoicing, built piece by piece for issue 8: {@code qr} encodes the TLV QR payload exactly as the SDK does,
 * {@code hash} computes the invoice hash the chain links (C14N 1.1 of the invoice without its signature parts),
 * {@code signing} the XAdES digests and secp256k1 signatures. Each piece is checked byte for byte against ZATCA's SDK
 * samples. {@code ubl} writes UBL 2.1 in ZATCA's profile and {@code signing} embeds the XAdES signature and the
 * phase 2 QR, both checked with ZATCA's own rules; the device chain, onboarding and the Fatoora route come next.
 */
package com.doganhub.zatca.internal;
