package com.doganhub.crm.internal.fields;

/**
 * What a custom field holds, and so how its value is checked and stored: text up to 500 characters, a decimal number,
 * a date ({@code YYYY-MM-DD}), yes/no, or one of the field's options.
 */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    CHOICE
}
