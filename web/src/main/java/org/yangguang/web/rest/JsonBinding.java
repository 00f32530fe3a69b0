package org.yangguang.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver RESTEasy builds a new Jsonb for every
 * request, and Yasson then analyses every class it reads or writes again: measured at about half
 * of the CPU time of a case action under load.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class JsonBinding implements ContextResolver<Jsonb> {
    private static final Jsonb SHARED = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return SHARED;
    }
}
