package dev.vpclab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void locatesEachInputWhereItStarts() {
    String script =
        "echo a\n\n  /resources\naws ec2 create-vpc \\\n  --cidr-block 10.0.0.0/16\necho 'x\ny'\n";
    List<Inputs.Located> inputs = Inputs.locate(script);
    assertEquals(
        List.of(
            new Inputs.Located(0, "echo a"),
            new Inputs.Located(8, "  /resources"),
            new Inputs.Located(21, "aws ec2 create-vpc \\\n  --cidr-block 10.0.0.0/16"),
            new Inputs.Located(69, "echo 'x\ny'")),
        inputs);
    for (Inputs.Located input : inputs) {
      assertEquals(
          input.text(), script.substring(input.start(), input.start() + input.text().length()));
    }
    assertEquals(inputs.stream().map(Inputs.Located::text).toList(), Inputs.split(script));
  }

  @Test
  void anUnfinishedLastInputIsStillAnInput() {
    assertEquals(
        List.of(new Inputs.Located(9, "echo 'b")),
        Inputs.locate("echo a;;\necho 'b").subList(1, 2));
  }
}
