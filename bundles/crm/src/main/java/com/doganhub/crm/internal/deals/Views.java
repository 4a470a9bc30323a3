package com.doganhub.crm.internal.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.doganhub.platform.api.Money;

/** What the deal endpoints answer. */
public final class Views {

    private Views() {
    }

    public record StageView(String id, String nameAr, String nameEn, int position, int probability, boolean won,
            boolean lost) {

        static StageView of(StageEntity stage) {
            return new StageView(stage.id(), stage.nameAr(), stage.nameEn(), stage.position(), stage.probability(),
                    stage.won(), stage.lost());
        }
    }

    public record PipelineView(String id, String nameAr, String nameEn, boolean isDefault, List<StageView> stages) {
    }

    public record DealView(String id, String title, String pipelineId, String stageId, Money amount,
            LocalDate expectedCloseDate, String ownerId, String contactId, String companyId, String lostReason,
            LocalDateTime closedAt, LocalDateTime createdAt, LocalDateTime updatedAt) {

        static DealView of(DealEntity deal) {
            return new DealView(deal.id(), deal.title(), deal.pipelineId(), deal.stageId(),
                    new Money(deal.amount(), deal.currency()), deal.expectedClose(), deal.ownerId(), deal.contactId(),
                    deal.companyId(), deal.lostReason(), deal.closedAt(), deal.createdAt(), deal.updatedAt());
        }
    }

    public record MoveView(String fromStageId, String toStageId, String movedBy, LocalDateTime movedAt, String reason) {

        static MoveView of(DealMoveEntity move) {
            return new MoveView(move.fromStage(), move.toStage(), move.movedBy(), move.movedAt(), move.reason());
        }
    }

    /** Per currency: the deals' total and the total weighted by the stage's probability. */
    public record Amounts(String currency, BigDecimal total, BigDecimal weighted) {
    }

    public record StageSummary(String stageId, String nameAr, String nameEn, int probability, boolean won,
            boolean lost, long deals, List<Amounts> amounts) {
    }

    /** {@code open}: every stage neither won nor lost; what a pipeline is expected to bring. */
    public record PipelineSummary(String pipelineId, boolean onlyOwnDeals, List<StageSummary> stages,
            List<Amounts> open, List<Amounts> won) {
    }
}
