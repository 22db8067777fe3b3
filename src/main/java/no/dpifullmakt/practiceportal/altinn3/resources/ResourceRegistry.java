package no.dpifullmakt.practiceportal.altinn3.resources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource registry: Maskinporten APIs and the services that can be delegated as single rights.
 * Read once from {@code practiceportal/altinn3/ressursregister.json}; never changes.
 */
public final class ResourceRegistry {

  private static final String RESOURCE = "/practiceportal/altinn3/ressursregister.json";

  private final Map<String, Resource> byIdentifier;

  public ResourceRegistry(List<Resource> resources) {
    Map<String, Resource> map = new LinkedHashMap<>();
    for (Resource r : resources) {
      if (map.put(r.identifier(), r) != null) {
        throw new IllegalStateException("Ressursen finnes to ganger: " + r.identifier());
      }
    }
    this.byIdentifier = map;
  }

  public static ResourceRegistry seeded() {
    try (InputStream in = ResourceRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + RESOURCE);
      }
      Seed seed =
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
              .readValue(in, Seed.class);
      return new ResourceRegistry(seed.resources());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Resource> resource(String identifier) {
    return Optional.ofNullable(byIdentifier.get(identifier));
  }

  /** Only the APIs that Maskinportenadministrasjon delegates. */
  public List<Resource> maskinportenApis() {
    return byIdentifier.values().stream().filter(Resource::isMaskinportenApi).toList();
  }

  /** What "Enkelttjenester" can delegate: everything except Maskinporten APIs, as in Altinn. */
  public List<Resource> singleRightServices() {
    return byIdentifier.values().stream().filter(r -> !r.isMaskinportenApi()).toList();
  }

  private record Seed(List<Resource> resources) {}
}
