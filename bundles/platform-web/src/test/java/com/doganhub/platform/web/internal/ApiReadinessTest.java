package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.doganhub.platform.api.health.Readiness;

class ApiReadinessTest {

    @Test
    void readyWhenEveryRegisteredResourceIsServed() {
        Readiness readiness = ApiReadiness.evaluate(List.of(11L, 12L), runtime(new long[] { 11, 12, 3 }, new long[0]));

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.detail()).isEqualTo("3 resource(s) served");
    }

    @Test
    void notReadyWhileAResourceWaitsForTheNextRepublish() {
        Readiness readiness = ApiReadiness.evaluate(List.of(11L, 12L), runtime(new long[] { 11 }, new long[0]));

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.detail()).isEqualTo("1 resource(s) or extension(s) not served yet");
    }

    @Test
    void aResourceTheWhiteboardRefusedIsNamed() {
        Readiness readiness = ApiReadiness.evaluate(List.of(11L, 12L), runtime(new long[] { 11 }, new long[] { 12 }));

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.detail()).startsWith("resources refused by the whiteboard: ").contains("service 12");
    }

    @Test
    void notReadyWithoutThePlatformApplication() {
        RuntimeDTO empty = new RuntimeDTO();
        empty.applicationDTOs = new ApplicationDTO[0];
        empty.failedResourceDTOs = new FailedResourceDTO[0];

        assertThat(ApiReadiness.evaluate(List.of(), empty).ready()).isFalse();
    }

    private static RuntimeDTO runtime(long[] served, long[] failed) {
        ApplicationDTO application = new ApplicationDTO();
        application.name = "doganhub";
        application.resourceDTOs = new ResourceDTO[served.length];
        for (int i = 0; i < served.length; i++) {
            application.resourceDTOs[i] = new ResourceDTO();
            application.resourceDTOs[i].serviceId = served[i];
        }
        RuntimeDTO dto = new RuntimeDTO();
        dto.applicationDTOs = new ApplicationDTO[] { application };
        dto.failedResourceDTOs = new FailedResourceDTO[failed.length];
        for (int i = 0; i < failed.length; i++) {
            dto.failedResourceDTOs[i] = new FailedResourceDTO();
            dto.failedResourceDTOs[i].serviceId = failed[i];
            dto.failedResourceDTOs[i].failureReason = 1;
        }
        return dto;
    }
}
