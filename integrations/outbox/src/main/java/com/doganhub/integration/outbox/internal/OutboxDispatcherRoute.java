package com.doganhub.integration.outbox.internal;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The dispatcher as a route of the shared Camel context: a timer that runs one dispatch pass at a time (the timer
 * does not overlap itself). Stopping this bundle removes the route; rows it had claimed are either finished before
 * the stop completes or handed back to the queue.
 */
@Component(service = RoutesBuilder.class)
public class OutboxDispatcherRoute extends RouteBuilder {

    static final String ROUTE_ID = "doganhub-outbox-dispatcher";

    private final OutboxDispatcher dispatcher;

    @Activate
    public OutboxDispatcherRoute(@Reference OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=500&period=" + dispatcher.pollMillis())
                .routeId(ROUTE_ID)
                .process(exchange -> dispatcher.dispatchDue(() -> exchange.getContext().getRouteController()
                        .getRouteStatus(ROUTE_ID).isStarted()));
    }
}
