package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.ValidationFailed;

class ItemRequestTest {

    @Test
    void aValidItemIsTrimmed() {
        assertThat(new ItemRequest("  Rice 5 kg ", 12).validate()).isEqualTo(new ItemRequest("Rice 5 kg", 12));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        assertThatThrownBy(() -> new ItemRequest(" ", -1).validate()).isInstanceOfSatisfying(ValidationFailed.class,
                failed -> assertThat(failed.errors()).extracting(error -> error.field()).containsExactly("name", "quantity"));
    }
}
