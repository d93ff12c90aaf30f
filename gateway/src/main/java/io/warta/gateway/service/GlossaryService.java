package io.warta.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warta.gateway.config.GatewayConfig;
import io.warta.gateway.repository.GlossaryRecord;
import io.warta.gateway.repository.GlossaryRepository;
import io.warta.problem.ProblemException;
import io.warta.text.TextNormalizer;
import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.InvalidGlossary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Stored glossaries: validated and normalized as {@link Glossary} does it (limits from warta.gateway.glossaries),
 * kept in PostgreSQL with their content digest, and read back for articles that name one. A glossary never
 * changes once stored: a new one has a new id, and deleting one makes its id unknown (404) to later articles.
 * Each lives in its owner's space ({@link ApiKeyGuard#owner}): another API key can neither read, use, list,
 * delete nor crowd it out (the cap counts per owner), and sees it as absent (404), not forbidden.
 */
@ApplicationScoped
public class GlossaryService {

    private static final Logger LOG = Logger.getLogger(GlossaryService.class);
    private static final TypeReference<List<GlossaryEntry>> ENTRIES = new TypeReference<>() {
    };
    /** Stored entries were checked when stored: read back whatever the limits are now. */
    private static final Glossary.Limits STORED = new Glossary.Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final GlossaryRepository repository;
    private final ObjectMapper json;
    private final GatewayConfig.Glossaries config;

    GlossaryService(GlossaryRepository repository, ObjectMapper json, GatewayConfig config) {
        this.repository = repository;
        this.json = json;
        this.config = config.glossaries();
    }

    /** Validates, normalizes and stores a glossary; 400 (naming the entry and rule, never its text) when invalid. */
    public GlossaryView create(String owner, String name, List<GlossaryEntry> entries) {
        Glossary glossary;
        try {
            glossary = Glossary.of(entries, new Glossary.Limits(config.maxEntries(), config.maxTermLength()));
        } catch (InvalidGlossary e) {
            throw ProblemException.badRequest(e.getMessage())
                    .with("violations", List.of(Map.of("field", e.field("entries"), "message", e.rule())));
        }
        if (glossary.isEmpty()) {
            throw ProblemException.badRequest("entries must contain at least one entry")
                    .with("violations", List.of(Map.of("field", "entries", "message", "must contain at least one entry")));
        }
        // Checked before storing, not atomically with it: two requests at once may pass the cap by one each.
        if (store(() -> repository.stored(owner)) >= config.maxStored()) {
            throw new ProblemException(409, "glossary-limit", "Too many glossaries", "at most " + config.maxStored()
                    + " glossaries are stored" + (owner == null ? "" : " per API key") + "; delete one before storing another");
        }
        GlossaryRecord record = GlossaryRecord.of(UUID.randomUUID().toString(), TextNormalizer.normalizeLine(name),
                write(glossary.entries()), glossary.entries().size(), glossary.digest(), owner);
        store(() -> {
            repository.store(record);
            return null;
        });
        return view(record, true);
    }

    public Optional<GlossaryView> find(String owner, String id) {
        return store(() -> repository.findOwned(id, owner)).map(r -> view(r, true));
    }

    /** One page of glossaries, oldest first, without their entries. */
    public List<GlossaryView> list(String owner, int page, int size) {
        if (page < 0 || size < 1 || size > config.maxPageSize()) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + config.maxPageSize());
        }
        return store(() -> repository.page(owner, page, size)).stream().map(r -> view(r, false)).toList();
    }

    /** True when it existed. */
    public boolean delete(String owner, String id) {
        return store(() -> repository.remove(id, owner));
    }

    /** The glossary an article names; 404 when there is none with this id (any more). */
    public Glossary glossary(String owner, String id) {
        GlossaryRecord record = store(() -> repository.findOwned(id, owner))
                .orElseThrow(() -> ProblemException.notFound("no glossary with id " + id));
        return Glossary.of(read(record.entriesJson), STORED);
    }

    private GlossaryView view(GlossaryRecord record, boolean withEntries) {
        return new GlossaryView(record.id, record.name, record.digest, record.entryCount,
                withEntries ? read(record.entriesJson) : null, record.createdAt);
    }

    /** 503 (not 404 or 500) while the store cannot be used: the glossary may well exist. */
    private static <T> T store(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("glossary store unavailable: %s", e.toString());
            throw ProblemException.unavailable("Glossaries cannot be read or stored right now; try again shortly.", 5);
        }
    }

    private String write(List<GlossaryEntry> entries) {
        try {
            return json.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("glossary entries always serialize", e);
        }
    }

    private List<GlossaryEntry> read(String document) {
        try {
            return json.readValue(document, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored glossary is not readable", e);
        }
    }
}
