package com.doganhub.crm.internal.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.doganhub.integration.api.email.DeliveryState;

/** An activity as the API shows it; an email carries where its delivery stands. */
public record ActivityView(String id, String type, String entityType, String entityId, String title, String body,
        String ownerId, LocalDate dueDate, boolean done, LocalDateTime doneAt, String messageId, DeliveryState delivery,
        String createdBy, LocalDateTime createdAt) {

    static ActivityView of(ActivityEntity activity, DeliveryState delivery) {
        return new ActivityView(activity.id(), activity.type().name(), activity.entityType().name(),
                activity.entityId(), activity.title(), activity.body(), activity.ownerId(), activity.dueDate(),
                activity.done(), activity.doneAt(), activity.messageId(), delivery, activity.createdBy(),
                activity.createdAt());
    }
}
