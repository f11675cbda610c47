package dev.vpclab.model.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.net.Cidr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The regions vpclab simulates (regions.json): their zones, public address ranges and managed
 * prefix lists. Immutable and shared by every session.
 */
public final class Regions {
  private static final Regions CATALOG = load();

  private final List<Region> regions;

  private Regions(List<Region> regions) {
    this.regions = List.copyOf(regions);
  }

  public static Regions catalog() {
    return CATALOG;
  }

  public List<Region> all() {
    return regions;
  }

  public Optional<Region> get(String name) {
    return regions.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public Region require(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException("unknown region " + name));
  }

  public Optional<PrefixList> prefixList(String id) {
    return regions.stream()
        .flatMap(r -> r.prefixLists().values().stream())
        .filter(p -> p.id().equals(id))
        .findFirst();
  }

  /** The prefix list named {@code com.amazonaws.<region>.<service>}, if vpclab has it. */
  public Optional<PrefixList> prefixListNamed(String name) {
    return regions.stream()
        .flatMap(r -> r.prefixLists().values().stream())
        .filter(p -> p.name().equals(name))
        .findFirst();
  }

  private static Regions load() {
    try (InputStream in = Regions.class.getResourceAsStream("regions.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      var regions = new ArrayList<Region>();
      for (JsonNode r : root.path("regions")) {
        String name = r.path("name").asText();
        var zones = new ArrayList<Zone>();
        r.path("availabilityZones")
            .forEach(z -> zones.add(new Zone(z.get(0).asText(), z.get(1).asText(), name)));
        var ranges = new ArrayList<Cidr>();
        r.path("ec2PublicRanges").forEach(c -> ranges.add(Cidr.of(c.asText())));
        var lists = new LinkedHashMap<String, PrefixList>();
        r.path("prefixLists")
            .properties()
            .forEach(
                e -> {
                  var cidrs = new ArrayList<Cidr>();
                  e.getValue().path("cidrs").forEach(c -> cidrs.add(Cidr.of(c.asText())));
                  lists.put(
                      e.getKey(),
                      new PrefixList(e.getValue().path("id").asText(), e.getKey(), name, cidrs));
                });
        regions.add(new Region(name, zones, ranges, lists));
      }
      return new Regions(regions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
