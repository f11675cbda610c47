package dev.vpclab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The CIDR arithmetic every validation and the tracer rely on. */
class CidrPropertiesTest {

  @Provide
  Arbitrary<Ipv4> addresses() {
    return Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE).map(Ipv4::new);
  }

  @Provide
  Arbitrary<Cidr> blocks() {
    return Combinators.combine(addresses(), Arbitraries.integers().between(0, 32)).as(Cidr::new);
  }

  @Property
  void printedAddressesParseBack(@ForAll("addresses") Ipv4 ip) {
    assertEquals(ip, Ipv4.parse(ip.toString()).orElseThrow());
  }

  @Property
  void printedBlocksParseBack(@ForAll("blocks") Cidr cidr) {
    assertEquals(cidr, Cidr.parse(cidr.toString()).orElseThrow());
  }

  @Property
  void hostBitsAreClearedAsAwsDoes(
      @ForAll("addresses") Ipv4 ip, @ForAll @IntRange(max = 32) int prefix) {
    Cidr cidr = new Cidr(ip, prefix);
    assertTrue(cidr.contains(ip));
    assertEquals(cidr, new Cidr(cidr.first(), prefix));
  }

  @Property
  void aBlockHoldsExactlyItsRange(
      @ForAll("blocks") Cidr cidr, @ForAll @LongRange(max = 1L << 32) long any) {
    long offset = any % cidr.size();
    Ipv4 inside = cidr.address(offset);
    assertTrue(cidr.contains(inside));
    assertTrue(cidr.first().compareTo(inside) <= 0 && inside.compareTo(cidr.last()) <= 0);
    assertEquals(cidr.size(), cidr.last().unsigned() - cidr.first().unsigned() + 1);
    if (cidr.prefix() > 0) {
      assertFalse(cidr.contains(cidr.last().plus(1)) && cidr.last().unsigned() != 0xffffffffL);
    }
  }

  @Property
  void overlapIsSymmetricAndFollowsContainment(@ForAll("blocks") Cidr a, @ForAll("blocks") Cidr b) {
    assertEquals(a.overlaps(b), b.overlaps(a));
    if (a.contains(b)) {
      assertTrue(a.overlaps(b));
      assertTrue(a.prefix() <= b.prefix());
    }
    boolean rangesMeet = a.first().compareTo(b.last()) <= 0 && b.first().compareTo(a.last()) <= 0;
    assertEquals(rangesMeet, a.overlaps(b));
  }

  @Property
  void containmentIsTransitive(
      @ForAll("blocks") Cidr a,
      @ForAll @IntRange(max = 32) int p1,
      @ForAll @IntRange(max = 32) int p2) {
    Cidr b = new Cidr(a.first(), Math.max(a.prefix(), p1));
    Cidr c = new Cidr(b.first(), Math.max(b.prefix(), p2));
    assertTrue(a.contains(b) && b.contains(c) && a.contains(c));
  }

  @Property
  void malformedTextIsRejected(@ForAll("junk") String text) {
    Cidr.parse(text).ifPresent(c -> assertEquals(c, Cidr.parse(c.toString()).orElseThrow()));
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789./ -x").ofMaxLength(20),
        Arbitraries.of(
            "10.0.0.0/33",
            "10.0.0/16",
            "256.0.0.0/8",
            "10.0.0.0/",
            "/16",
            "10.0.0.0//16",
            "010.0.0.0/16",
            "10.0.0.0/016",
            " 10.0.0.0/16",
            "10.0.0.0/16 ",
            "1.2.3.4.5/8",
            "-1.0.0.0/8"));
  }
}
