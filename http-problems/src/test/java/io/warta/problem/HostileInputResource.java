package io.warta.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Endpoints shaped like the services' ones, for the mapper and guard tests of this module. */
@Path("/test")
@Produces(MediaType.APPLICATION_JSON)
public class HostileInputResource {

    public record Body(String text, List<String> sentences, Map<String, Object> lengths, Integer count) {
    }

    @POST
    @Path("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> json(Body body) {
        return Map.of("text", String.valueOf(body.text()), "sentences", String.valueOf(body.sentences()));
    }

    @POST
    @Path("/plain")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Integer> plain(String body) {
        return Map.of("length", body.length());
    }

    @GET
    @Path("/items/{id}")
    public Map<String, String> item(@PathParam("id") String id, @QueryParam("q") String q) {
        return Map.of("id", id.length() + "", "q", q == null ? "" : q.length() + "");
    }

    @GET
    @Path("/overflow")
    public String overflow() {
        return recurse(0);
    }

    @GET
    @Path("/error")
    public String error() {
        throw new AssertionError("secret internal state <script>");
    }

    private static String recurse(int depth) {
        return recurse(depth + 1) + depth;
    }
}
