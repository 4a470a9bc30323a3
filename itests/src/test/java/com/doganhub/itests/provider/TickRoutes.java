package com.doganhub.itests.provider;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of a provider bundle that the integration tests build in memory ({@code RouteProviderBundle}): a timer
 * that puts "tick" on {@code seda:itest-ticks}. Kept in its own package so that the test probe never imports it.
 */
public class TickRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "itest-provider-ticks";

    @Override
    public void configure() {
        from("timer:itest-provider?period=100").routeId(ROUTE_ID).setBody(constant("tick")).to("seda:itest-ticks");
    }
}
