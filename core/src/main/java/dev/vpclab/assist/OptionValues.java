package dev.vpclab.assist;

import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.ec2.FilterNames;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import dev.vpclab.model.Regional;
import dev.vpclab.model.Tag;
import dev.vpclab.model.TagSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values an option takes where the cursor is: a global option's choices, regions and profiles;
 * an operation option's enum values, live resources, shorthand keys and their values, or files
 * after {@code file://}.
 */
final class OptionValues {
  private static final List<String> BOOLEANS = List.of("true", "false");
  private static final Pattern DOCUMENT =
      Pattern.compile("document|policy$|user-data|cli-input-json|cli-input-yaml");

  /** Structure members that name a resource although their name does not say which. */
  private static final Map<String, ResourceValues> MEMBERS_OF =
      Map.of("IamInstanceProfileSpecification.Name", ResourceValues.INSTANCE_PROFILE);

  private final Snapshot snapshot;
  private final Optional<String> region;

  OptionValues(Snapshot snapshot, Optional<String> region) {
    this.snapshot = snapshot;
    this.region = region;
  }

  /**
   * Values of a global option, typed as {@code text} from {@code offset} in the word; {@code
   * --query} follows the operation's response, when there is one.
   */
  Offer global(String name, String text, int offset, Optional<OperationSpec> operation) {
    if (name.equals("--query")) {
      return operation.map(op -> QueryPaths.complete(op, text, offset)).orElse(Offer.NONE);
    }
    List<String> choices = GlobalOptions.choices(name, snapshot.cliVersion());
    if (!choices.isEmpty()) {
      return new Offer(offset, plain(choices, "values"));
    }
    return switch (name) {
      case "--region" -> new Offer(offset, ResourceValues.REGION.values(snapshot, region));
      case "--profile" -> new Offer(offset, plain(snapshot.profiles(), "profiles"));
      default -> Offer.NONE;
    };
  }

  /** Values of an option of the operation, typed as {@code text} from {@code offset}. */
  Offer of(OperationSpec operation, OptionInfo option, String text, int offset) {
    for (String scheme : List.of("file://", "fileb://")) {
      if (text.startsWith(scheme)) {
        return FileNames.complete(
            snapshot.here(), text.substring(scheme.length()), offset + scheme.length(), false);
      }
    }
    if (option.typeName().equals("blob")) {
      return FileNames.complete(snapshot.here(), text, offset, false);
    }
    ServiceSpec service = operation.service();
    Optional<Shape> structure = option.shape().map(service::shape).map(s -> element(service, s));
    if (structure.isPresent() && structure.get().type() == Shape.Type.STRUCTURE) {
      Offer shorthand = shorthand(operation, structure.get(), text, offset);
      return shorthand.candidates().isEmpty() && startsFileScheme(text)
          ? fileScheme(offset)
          : shorthand;
    }
    var out = new ArrayList<Candidate>();
    out.addAll(plain(option.enumValues(), "values"));
    if (option.typeName().equals("boolean")) {
      out.addAll(plain(BOOLEANS, "values"));
    }
    option
        .memberName()
        .or(() -> Optional.of(memberOf(option.name())))
        .flatMap(m -> ResourceValues.forMember(service.cliName(), operation.cliName(), m))
        .ifPresent(values -> out.addAll(values.values(snapshot, region)));
    if (out.isEmpty() && (takesDocument(option) || startsFileScheme(text))) {
      return fileScheme(offset);
    }
    return new Offer(offset, out);
  }

  /** A policy, a document, user data, JSON input: values one keeps in a file. */
  private static boolean takesDocument(OptionInfo option) {
    return option.typeName().equals("string") && DOCUMENT.matcher(option.name()).find();
  }

  private static boolean startsFileScheme(String text) {
    return !text.isEmpty() && ("file://".startsWith(text) || "fileb://".startsWith(text));
  }

  /** {@code file://}, for a value that could come from a file. */
  private static Offer fileScheme(int offset) {
    return new Offer(
        offset, List.of(Candidate.partial("file://", "files", "read the value from a file")));
  }

  /** A list's element shape, or the shape itself. */
  private static Shape element(ServiceSpec service, Shape shape) {
    return shape.type() == Shape.Type.LIST ? service.shape(shape.memberShape()) : shape;
  }

  /** {@code --vpc-id} as the member it would fill, {@code VpcId}. */
  static String memberOf(String option) {
    var out = new StringBuilder();
    for (String part : option.replaceFirst("^--", "").split("[-.]")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- shorthand

  private Offer shorthand(OperationSpec operation, Shape root, String text, int offset) {
    Shorthand.Position at = Shorthand.at(operation.service(), text, root);
    if (at instanceof Shorthand.AtKey key) {
      return new Offer(offset + key.start(), keys(operation.service(), key));
    }
    if (at instanceof Shorthand.AtValue value) {
      return new Offer(offset + value.start(), memberValues(operation, value));
    }
    return Offer.NONE;
  }

  /** The members not given yet, as the CLI's prompt offers them: {@code Tags=[}, {@code Name=}. */
  private static List<Candidate> keys(ServiceSpec service, Shorthand.AtKey at) {
    var out = new ArrayList<Candidate>();
    for (Shape.Member member : at.owner().members().values()) {
      if (at.values().containsKey(member.name())) {
        continue;
      }
      Shape shape = service.shape(member.shape());
      String open =
          switch (shape.type()) {
            case STRUCTURE -> "{";
            case LIST -> element(service, shape).isScalar() ? "" : "[";
            default -> "";
          };
      out.add(
          Candidate.partial(
              member.name() + "=" + open,
              "keys",
              Docs.summary(member.doc().orElse(shape.doc().orElse("")))));
    }
    return out;
  }

  private List<Candidate> memberValues(OperationSpec operation, Shorthand.AtValue at) {
    String owner = at.owner().name();
    if (owner.equals("Filter") && at.key().equals("Name")) {
      return partial(filterNames(operation));
    }
    if (owner.equals("Filter") && at.key().equals("Values")) {
      return partial(filterValues(operation, at.values().getOrDefault("Name", "")));
    }
    if (owner.equals("Tag") && at.key().equals("Key")) {
      return partial(plain(tagKeys(), "tag keys"));
    }
    var out = new ArrayList<Candidate>();
    at.shape()
        .ifPresent(
            shape -> {
              out.addAll(plain(shape.enumValues(), "values"));
              if (shape.type() == Shape.Type.BOOLEAN) {
                out.addAll(plain(BOOLEANS, "values"));
              }
            });
    Optional.ofNullable(MEMBERS_OF.get(owner + "." + at.key()))
        .or(
            () ->
                ResourceValues.forMember(
                    operation.service().cliName(), operation.cliName(), at.key()))
        .ifPresent(values -> out.addAll(values.values(snapshot, region)));
    return partial(out);
  }

  /** Inside shorthand a value is followed by a comma or a bracket more often than a space. */
  private static List<Candidate> partial(List<Candidate> candidates) {
    return candidates.stream()
        .map(c -> new Candidate(c.value(), c.group(), c.description(), false))
        .toList();
  }

  private List<Candidate> filterNames(OperationSpec operation) {
    var out =
        new ArrayList<Candidate>(plain(List.copyOf(FilterNames.of(operation.name())), "filters"));
    if (!FilterNames.of(operation.name()).isEmpty()) {
      out.addAll(plain(List.of("tag-key", "tag-value"), "filters"));
      tagKeys().forEach(k -> out.add(Candidate.of("tag:" + k, "tag filters")));
    }
    return out;
  }

  private List<Candidate> filterValues(OperationSpec operation, String filter) {
    if (filter.startsWith("tag:")) {
      String key = filter.substring(4);
      return plain(tagValues(t -> t.key().equals(key) ? t.value() : null), "tag values");
    }
    if (filter.equals("tag-key")) {
      return plain(tagKeys(), "tag keys");
    }
    if (filter.equals("tag-value")) {
      return plain(tagValues(Tag::value), "tag values");
    }
    String last = filter.substring(filter.lastIndexOf('.') + 1);
    return ResourceValues.forMember(
            operation.service().cliName(), operation.cliName(), memberOf(last))
        .map(values -> values.values(snapshot, region))
        .orElse(List.of());
  }

  private List<String> tagKeys() {
    var keys = new LinkedHashSet<String>();
    keys.add("Name");
    keys.addAll(tagValues(Tag::key));
    return List.copyOf(keys);
  }

  /** What {@code pick} takes of every tag on the region's resources (null for nothing). */
  private List<String> tagValues(Function<Tag, String> pick) {
    Set<String> out = new LinkedHashSet<>();
    snapshot
        .world()
        .all(TagSet.class)
        .filter(set -> inRegion(set.resourceId()))
        .forEach(
            set -> set.tags().list().stream().map(pick).filter(v -> v != null).forEach(out::add));
    return List.copyOf(out);
  }

  private boolean inRegion(String resourceId) {
    return snapshot
        .index()
        .find(resourceId)
        .map(r -> r instanceof Regional g && region.map(g.region()::equals).orElse(false))
        .orElse(false);
  }

  private static List<Candidate> plain(List<String> values, String group) {
    return values.stream().map(v -> Candidate.of(v, group)).toList();
  }
}
