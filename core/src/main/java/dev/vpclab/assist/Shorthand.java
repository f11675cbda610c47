package dev.vpclab.assist;

import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the end of a half-typed shorthand value stands ({@code Name=vpc-id,Values=vp}): at a key of
 * some structure, or at the value of one of its members. Follows the CLI's shorthand syntax
 * (awscli/shorthand.py): {@code key=value} pairs split by commas, {@code [..]} lists, {@code {..}}
 * structures, {@code a,b} as further values of a list member.
 */
final class Shorthand {
  /** What the text ends in. */
  sealed interface Position {}

  /** A key of {@code owner}, typed from {@code start}; {@code values} holds the pairs before it. */
  record AtKey(Shape owner, int start, String typed, Map<String, String> values)
      implements Position {}

  /**
   * The value of {@code key} in {@code owner}, of shape {@code shape} (a list's element when the
   * member is a list), typed from {@code start}; {@code values} holds the pairs before it.
   */
  record AtValue(
      Shape owner,
      String key,
      Optional<Shape> shape,
      int start,
      String typed,
      Map<String, String> values)
      implements Position {}

  /** Nothing to complete: JSON, a closing bracket, or text that is not shorthand. */
  record Nowhere() implements Position {}

  private enum Mode {
    KEY,
    VALUE,
    AFTER
  }

  /** One open structure or list; a list remembers the structure and key it is the value of. */
  private record Frame(
      Shape shape, boolean list, Frame owner, String key, Map<String, String> values) {
    static Frame structure(Shape shape) {
      return new Frame(shape, false, null, null, new LinkedHashMap<>());
    }
  }

  private final ServiceSpec service;
  private final String text;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int pos;
  private Mode mode = Mode.KEY;
  private String key;
  private Optional<Shape> valueShape = Optional.empty();

  private Shorthand(ServiceSpec service, String text, Shape root) {
    this.service = service;
    this.text = text;
    stack.push(Frame.structure(root));
  }

  /** Where {@code text}, a value for a structure of shape {@code root}, ends. */
  static Position at(ServiceSpec service, String text, Shape root) {
    if (text.startsWith("{") || text.startsWith("[")) {
      return new Nowhere(); // JSON: the CLI tries it before shorthand
    }
    try {
      return new Shorthand(service, text, root).run();
    } catch (IllegalArgumentException unknownShape) {
      return new Nowhere();
    }
  }

  private Position run() {
    while (true) {
      Frame frame = stack.peek();
      Position end =
          switch (mode) {
            case KEY -> key(frame);
            case VALUE -> value(frame);
            case AFTER -> after(frame);
          };
      if (end != null) {
        return end;
      }
    }
  }

  private Position key(Frame frame) {
    int end = scan(pos, "=,[]{}");
    if (end == text.length()) {
      return new AtKey(frame.shape(), pos, text.substring(pos), Map.copyOf(frame.values()));
    }
    char delimiter = text.charAt(end);
    if (delimiter == ',') {
      pos = end + 1; // a further value of a list member: Values=a,b
      return null;
    }
    if (delimiter != '=') {
      return new Nowhere();
    }
    key = text.substring(pos, end);
    valueShape = frame.shape().member(key).map(m -> service.shape(m.shape()));
    pos = end + 1;
    mode = Mode.VALUE;
    return null;
  }

  private Position value(Frame frame) {
    if (pos < text.length() && text.charAt(pos) == '[') {
      Frame owner = frame.list() ? frame.owner() : frame;
      Shape listShape = valueShape.filter(s -> s.type() == Shape.Type.LIST).orElse(null);
      if (listShape == null) {
        return new Nowhere();
      }
      stack.push(new Frame(listShape, true, owner, key, owner.values()));
      valueShape = Optional.of(service.shape(listShape.memberShape()));
      pos++;
      return null;
    }
    if (pos < text.length() && text.charAt(pos) == '{') {
      Shape structure = valueShape.filter(s -> s.type() == Shape.Type.STRUCTURE).orElse(null);
      if (structure == null) {
        return new Nowhere();
      }
      stack.push(Frame.structure(structure));
      pos++;
      mode = Mode.KEY;
      return null;
    }
    Frame owner = frame.list() ? frame.owner() : frame;
    int end = scan(pos, ",]}");
    Optional<Shape> scalar =
        valueShape.map(s -> s.type() == Shape.Type.LIST ? service.shape(s.memberShape()) : s);
    if (end == text.length()) {
      return new AtValue(
          owner.shape(), key, scalar, pos, text.substring(pos), Map.copyOf(owner.values()));
    }
    owner.values().put(key, text.substring(pos, end));
    pos = end;
    mode = Mode.AFTER;
    return null;
  }

  private Position after(Frame frame) {
    if (pos >= text.length()) {
      return new Nowhere();
    }
    char c = text.charAt(pos);
    if (c == ',') {
      pos++;
      if (frame.list()) {
        key = frame.key();
        valueShape = Optional.of(service.shape(frame.shape().memberShape()));
        mode = Mode.VALUE;
      } else {
        mode = Mode.KEY;
      }
      return null;
    }
    if ((c == ']' && frame.list()) || (c == '}' && !frame.list() && stack.size() > 1)) {
      stack.pop();
      pos++;
      return null;
    }
    return new Nowhere();
  }

  /** The index of the first of {@code stops} from {@code from}, skipping quoted runs. */
  private int scan(int from, String stops) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int close = text.indexOf(c, i + 1);
        if (close < 0) {
          return text.length();
        }
        i = close + 1;
      } else if (stops.indexOf(c) >= 0) {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
