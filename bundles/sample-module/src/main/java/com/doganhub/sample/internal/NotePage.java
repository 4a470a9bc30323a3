package com.doganhub.sample.internal;

import java.util.List;

/** One page of notes: {@code {items, nextCursor}}, as every list of the API answers. */
public record NotePage(List<NoteView> items, String nextCursor) {
}
