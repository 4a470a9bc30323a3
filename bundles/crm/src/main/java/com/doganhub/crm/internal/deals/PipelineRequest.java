package com.doganhub.crm.internal.deals;

import java.util.ArrayList;
import java.util.List;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** A pipeline with its stages in order; a won stage closes at 100 %, a lost one at 0 %. */
public record PipelineRequest(String nameAr, String nameEn, List<Stage> stages) {

    public record Stage(String nameAr, String nameEn, Integer probability, Boolean won, Boolean lost) {
    }

    void validate() {
        List<FieldError> errors = new ArrayList<>();
        String ar = Inputs.text(errors, "nameAr", nameAr, 100, false);
        String en = Inputs.text(errors, "nameEn", nameEn, 100, false);
        if (ar == null && en == null && errors.isEmpty()) {
            errors.add(FieldError.of("nameAr", "crm.name-required"));
        }
        if (stages == null || stages.size() < 2 || stages.size() > 20) {
            errors.add(FieldError.of("stages", "crm.stage-count", 2, 20));
        } else {
            int won = 0;
            int lost = 0;
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                String field = "stages[" + i + "]";
                if (stage == null) {
                    errors.add(FieldError.of(field, "required"));
                    continue;
                }
                String stageAr = Inputs.text(errors, field + ".nameAr", stage.nameAr(), 100, false);
                String stageEn = Inputs.text(errors, field + ".nameEn", stage.nameEn(), 100, false);
                if (stageAr == null && stageEn == null) {
                    errors.add(FieldError.of(field + ".nameAr", "crm.name-required"));
                }
                boolean isWon = Boolean.TRUE.equals(stage.won());
                boolean isLost = Boolean.TRUE.equals(stage.lost());
                won += isWon ? 1 : 0;
                lost += isLost ? 1 : 0;
                int probability = stage.probability() == null ? -1 : stage.probability();
                if (isWon && isLost) {
                    errors.add(FieldError.of(field + ".lost", "crm.stage-won-and-lost"));
                } else if (probability < 0 || probability > 100 || isWon && probability != 100
                        || isLost && probability != 0) {
                    errors.add(FieldError.of(field + ".probability", "crm.stage-probability"));
                }
            }
            if (won > 1 || lost > 1) {
                errors.add(FieldError.of("stages", "crm.stage-one-won-one-lost"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
