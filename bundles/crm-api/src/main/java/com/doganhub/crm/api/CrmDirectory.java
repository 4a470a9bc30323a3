package com.doganhub.crm.api;

import java.util.Optional;

/** Contacts of the calling tenant, for other modules. */
public interface CrmDirectory {

    Optional<ContactCard> contact(String id);

    /** The contact whose email this is (case-insensitive), if any. */
    Optional<ContactCard> contactByEmail(String email);
}
