package dev.agentpool.export;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

/**
 * Refuses every method but GET and HEAD with 405, before any handler runs: the endpoint only ever reads, so a
 * stray POST (or anything cross-site) cannot reach code. Plugged in as the server's authenticator because that is
 * the one hook the Prometheus HTTP server offers in front of all of its handlers.
 */
final class ReadOnlyMethods extends Authenticator {

    static final int METHOD_NOT_ALLOWED = 405;
    private static final HttpPrincipal ANONYMOUS = new HttpPrincipal("anonymous", "agentpool");

    @Override
    public Result authenticate(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return new Success(ANONYMOUS);
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        return new Failure(METHOD_NOT_ALLOWED);
    }
}
