package com.doganhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.ValidationFailed;

class PageTest {

    @Test
    void anAbsentLimitMeansTwentyAndAPresentOneIsReadFromOneToAHundred() {
        assertThat(Page.limit(null)).isEqualTo(20);
        assertThat(Page.limit(" ")).isEqualTo(20);
        assertThat(Page.limit("1")).isEqualTo(1);
        assertThat(Page.limit(" 100 ")).isEqualTo(100);
    }

    @Test
    void anyOtherLimitIsRefusedWithTheField() {
        for (String bad : new String[] { "0", "101", "ten", "-5", "2.5" }) {
            assertThatThrownBy(() -> Page.limit(bad)).isInstanceOfSatisfying(ValidationFailed.class,
                    failure -> assertThat(failure.errors().get(0).field()).isEqualTo("limit"));
        }
    }

    @Test
    void theExtraRowOnlyTellsThatThereIsMoreAndTheCursorIsTheLastShown() {
        Page<String> first = Page.of(List.of(1, 2, 3), 2, n -> "note-" + n, String::valueOf);
        Page<String> last = Page.of(List.of(3), 2, n -> "note-" + n, String::valueOf);

        assertThat(first.items()).containsExactly("note-1", "note-2");
        assertThat(first.nextCursor()).isEqualTo("2");
        assertThat(last.items()).containsExactly("note-3");
        assertThat(last.nextCursor()).isNull();
    }
}
