package ${package}.internal;

import java.util.ArrayList;
import java.util.List;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** An item as clients send it; {@link #validate()} names every field at fault at once (422). */
public record ItemRequest(String name, Integer quantity) {

    ItemRequest validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "required"));
        } else if (name.strip().length() > 200) {
            errors.add(FieldError.of("name", "invalid-value", "name"));
        }
        if (quantity == null) {
            errors.add(FieldError.of("quantity", "required"));
        } else if (quantity < 0) {
            errors.add(FieldError.of("quantity", "invalid-value", "quantity"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ItemRequest(name.strip(), quantity);
    }
}
