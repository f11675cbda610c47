package dev.vpclab.assist;

import java.util.List;

/**
 * What one completion source proposes for the word being completed: candidates for the part of the
 * word after its first {@code stem} characters (once unquoted). {@code --vpc-id=vp} completes from
 * stem 9 with {@code vpc-…}; {@code file://ke} from stem 7 with {@code key.pem}.
 */
record Offer(int stem, List<Candidate> candidates) {
  static final Offer NONE = new Offer(0, List.of());

  Offer {
    candidates = List.copyOf(candidates);
  }

  static Offer whole(List<Candidate> candidates) {
    return new Offer(0, candidates);
  }
}
