package inkwell.app.server;

import inkwell.data.AttentionSvg;
import inkwell.app.writing.OutputFormat;
import inkwell.app.writing.Page;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.app.writing.TextCheck;
import inkwell.app.writing.UnwritableTextException;
import inkwell.data.StylePrime;
import inkwell.model.HandwritingModel;
import inkwell.model.Sampler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * The HTTP side of Inkwell: the page and its assets from the class path, and a small JSON API.
 * <ul>
 *   <li>{@code POST /api/write} (JSON body, see {@link WriteRequestParser}): the handwriting, SVG by default,
 *       {@code ?format=png|json|inkml} for the others</li>
 *   <li>{@code POST /api/attention} (same body): the attention picture of the same page, SVG</li>
 *   <li>{@code GET /api/styles}: the styles to choose from</li>
 *   <li>{@code GET /health}: status, the model's configuration and provenance, the sampling queue</li>
 * </ul>
 * Every error is a problem-details JSON answer ({@link Problem}); each handler catches everything at its boundary,
 * so no input can end the server.
 */
public final class InkwellServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InkwellServer.class);
    /** The page loads only what the jar serves; the API answers load nothing at all. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'none'";
    private static final String API_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline';"
            + " frame-ancestors 'none'";
    private static final String UNFINISHED_HEADER = "Inkwell-Unfinished-Lines";
    private static final int CACHE_PAGES = 8;

    /**
     * @param port    0 picks a free port (see {@link #port()})
     * @param workers pages sampled at the same time
     * @param queue   requests that may wait for a worker; beyond that the answer is 503
     * @param timeout longest a request waits for its page
     */
    public record Settings(String host, int port, int workers, int queue, Duration timeout, RequestLimits limits) {
        public static Settings defaults() {
            return new Settings("127.0.0.1", 7070, 2, 4, Duration.ofSeconds(60), RequestLimits.DEFAULT);
        }
    }

    private final PageSynthesiser synthesiser;
    private final StyleLibrary styles;
    private final Settings settings;
    private final WriteRequestParser parser;
    private final SamplingPool pool;
    private final PageCache cache = new PageCache(CACHE_PAGES);
    private final ObjectMapper json = new ObjectMapper();
    private final Javalin app;
    private final WarmUp warmUp;
    private volatile long readyAfterMillis;

    private InkwellServer(PageSynthesiser synthesiser, StyleLibrary styles, Settings settings) {
        this.synthesiser = synthesiser;
        this.styles = styles;
        this.settings = settings;
        this.parser = new WriteRequestParser(settings.limits());
        this.pool = new SamplingPool(settings.workers(), settings.queue(), settings.timeout());
        this.warmUp = new WarmUp(synthesiser);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.limits().maxBodyBytes();
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/inkwell/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", PAGE_POLICY, "Cache-Control", "no-cache");
            });
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        app.get("/health", guarded(this::health));
        app.get("/api/styles", guarded(this::listStyles));
        app.post("/api/write", guarded(this::write));
        app.post("/api/attention", guarded(this::attention));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, Problem.of(e.getStatus(),
                e.getStatus() == 405 ? "method-not-allowed" : e.getStatus() == 404 ? "not-found" : "http",
                e.getStatus() == 405 ? "Method not allowed" : e.getStatus() == 404 ? "Not found" : "HTTP error",
                ctx.method() + " " + ctx.path() + ": " + e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        app.error(404, ctx -> {
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                respond(ctx, Problem.of(404, "not-found", "Not found", "there is nothing at " + ctx.path()));
            }
        });
    }

    /** Starts serving; the model and styles are shared by all requests. */
    public static InkwellServer start(PageSynthesiser synthesiser, StyleLibrary styles, Settings settings) {
        InkwellServer server = new InkwellServer(synthesiser, styles, settings);
        server.app.start(settings.host(), settings.port());
        server.readyAfterMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        server.warmUp.start();
        return server;
    }

    /** The port actually listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        pool.close();
    }

    private Handler guarded(Handler handler) {
        return ctx -> {
            try {
                ctx.header("Content-Security-Policy", API_POLICY);
                handler.handle(ctx);
            } catch (ProblemException e) {
                respond(ctx, e.problem());
            } catch (Exception | StackOverflowError e) {
                internalError(ctx, e);
            }
        };
    }

    private void health(Context ctx) throws IOException {
        HandwritingModel model = synthesiser.model();
        ObjectNode body = json.createObjectNode();
        body.put("status", "ok");
        ObjectNode m = body.putObject("model");
        m.put("layers", model.config().layers());
        m.put("hidden", model.config().hidden());
        m.put("windowMixtures", model.config().windowMixtures());
        m.put("outputMixtures", model.config().outputMixtures());
        m.put("alphabet", model.alphabet().characters());
        ObjectNode provenance = m.putObject("provenance");
        // The command line may hold the trainer's local paths; everything else says where the model came from.
        model.provenance().entries().forEach((k, v) -> {
            if (!k.equals("command")) {
                provenance.put(k, v);
            }
        });
        body.put("styles", styles.styles().size());
        ObjectNode sampling = body.putObject("sampling");
        sampling.put("workers", pool.workers());
        sampling.put("busy", pool.busy());
        sampling.put("queued", pool.queued());
        sampling.put("timeoutSeconds", settings.timeout().toSeconds());
        ObjectNode limits = body.putObject("limits");
        limits.put("textCharacters", settings.limits().maxTextCharacters());
        limits.put("bodyBytes", settings.limits().maxBodyBytes());
        limits.put("primePoints", settings.limits().maxPrimePoints());
        limits.put("primeCharacters", settings.limits().maxPrimeCharacters());
        limits.put("widthCharacters", settings.limits().maxWidthCharacters());
        limits.put("stepsPerCharacter", PageSynthesiser.STEPS_PER_CHARACTER);
        ProcessFigures.write(body.putObject("process"), readyAfterMillis, warmUp);
        sendJson(ctx, body);
    }

    private void listStyles(Context ctx) throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("styles");
        list.addObject().put("name", StyleLibrary.NONE).put("text", "");
        styles.styles().forEach(s -> list.addObject().put("name", s.name()).put("text", s.text()));
        sendJson(ctx, body);
    }

    private void write(Context ctx) throws Exception {
        OutputFormat format = format(ctx.queryParam("format"));
        WriteSpec spec = parser.parse(body(ctx));
        Page page = page(spec);
        byte[] bytes;
        try {
            bytes = format.render(page.ink(), spec.drawing());
        } catch (IllegalArgumentException e) {
            // The only input-dependent refusal of the writers: a page too tall for the PNG size limit.
            throw new ProblemException(Problem.badRequest("page-too-large", e.getMessage()));
        }
        if (!page.unfinishedLines().isEmpty()) {
            ctx.header(UNFINISHED_HEADER, page.unfinishedLines().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        ctx.status(200).contentType(format.mediaType()).result(bytes);
    }

    private void attention(Context ctx) throws Exception {
        WriteSpec spec = parser.parse(body(ctx));
        Page page = page(spec);
        String svg = AttentionSvg.svg(page.lines(), synthesiser.model().alphabet());
        ctx.status(200).contentType(OutputFormat.SVG.mediaType()).result(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The page for a request: from the cache, or sampled by a worker after the cheap checks pass here. */
    private Page page(WriteSpec spec) throws ExecutionException {
        WriteSpec.SampleKey key = spec.sampleKey();
        Page cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Sampler.Prime stylePrime;
        try {
            TextCheck.requireWritable(synthesiser.model().alphabet(), spec.text(), "text");
            if (spec.drawnPrime() != null) {
                TextCheck.requireWritable(synthesiser.model().alphabet(), spec.drawnPrime().text(),
                        "drawn style's text");
            }
            stylePrime = styles.prime(spec.style()).orElse(null);
        } catch (UnwritableTextException e) {
            throw new ProblemException(unwritable(e));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("unknown-style", e.getMessage()));
        }
        Page page;
        try {
            page = pool.run(() -> {
                Sampler.Prime prime = spec.drawnPrime() != null ? drawnPrime(spec) : stylePrime;
                return synthesiser.write(new PageSynthesiser.Request(spec.text(), prime, spec.bias(), spec.seed(),
                        spec.layout(), spec.takes()));
            });
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProblemException p) {
                throw p;
            }
            if (cause instanceof UnwritableTextException u) {
                throw new ProblemException(unwritable(u));
            }
            throw e;
        }
        cache.put(key, page);
        return page;
    }

    private static Sampler.Prime drawnPrime(WriteSpec spec) {
        try {
            return StylePrime.fromInk(spec.drawnPrime());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("invalid-prime", "prime: " + e.getMessage()));
        }
    }

    private static Problem unwritable(UnwritableTextException e) {
        return Problem.badRequest(e.characters().isEmpty() ? "text-empty" : "unsupported-characters", e.getMessage());
    }

    private static OutputFormat format(String name) {
        if (name == null) {
            return OutputFormat.SVG;
        }
        try {
            return OutputFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("invalid-field", "format must be one of "
                    + OutputFormat.allowed()));
        }
    }

    /**
     * The request body, after checking that it is JSON and not too big. The size is checked against the declared
     * length first and again while reading, since a chunked body declares none.
     */
    private byte[] body(Context ctx) throws IOException {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the request as application/json" + (type == null ? "" : ", not " + abbreviate(type))));
        }
        int max = settings.limits().maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge("more than " + max + " bytes");
            }
            return body;
        }
    }

    private ProblemException tooLarge(String size) {
        return new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
                "the body has " + size + "; at most " + settings.limits().maxBodyBytes() + " are accepted"));
    }

    private void sendJson(Context ctx, ObjectNode body) throws IOException {
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(body));
    }

    private void respond(Context ctx, Problem problem) {
        ObjectNode body = json.createObjectNode();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        problem.headers().forEach(ctx::header);
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
    }

    private void internalError(Context ctx, Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        LOG.error("{} {} failed", ctx.method(), ctx.path(), cause);
        respond(ctx, Problem.of(500, "internal", "Internal error",
                "the server could not complete the request; it has been logged"));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
