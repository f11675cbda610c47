package dev.vpclab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.render.TextRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden tree is in transcripts/diagram; here, what a transcript cannot show well. */
class TextDiagramTest {
  private final LabNetwork lab = LabNetwork.build();

  private static String text(Part.Diagram diagram) {
    return TextDiagram.render(diagram.topology(), diagram.path());
  }

  @Test
  void theTreeFitsAHundredColumns() {
    lab.eval(
        "aws ec2 create-tags --resources $VPC $PUB $PRIV $APP $BASTION $NAT $SG --tags"
            + " 'Key=Name,Value=a rather long name for a resource'");
    lab.sshIntoTheBlackhole();
    String tree = text(lab.diagram(""));
    assertTrue(tree.contains("✘"));
    for (String line : tree.split("\n")) {
      // The why under the tree is the tracer's own sentence, as long as it needs to be.
      if (!line.startsWith("      ")) {
        int columns = line.codePointCount(0, line.length());
        assertTrue(columns <= 100, columns + " columns: " + line);
      }
    }
  }

  @Test
  void hostileNameTagsCannotMoveTheCursor() {
    lab.eval(
        "aws ec2 create-tags --resources $VPC --tags"
            + " '[{\"Key\":\"Name\",\"Value\":\"x\\u001b[2J\\u202e\\ny <b>\"}]'");
    String tree = text(lab.diagram(""));
    assertFalse(tree.contains("\u001b") || tree.contains("\u202e"));
    assertTrue(tree.startsWith("VPC "));
    assertTrue(tree.lines().findFirst().orElseThrow().contains("(x?[2J??y <b>)"), tree);
  }

  @Test
  void inColourAStoppedHopIsRed() {
    lab.sshIntoTheBlackhole();
    String coloured =
        new TextRenderer(true).render(new Outcome(List.<Part>of(lab.diagram("")), 0, false));
    assertTrue(coloured.contains("\u001b[31m│     ├─ route table"), coloured);
    assertTrue(coloured.contains("\u001b[32m├─ internet gateway"), coloured);
    String plain =
        new TextRenderer(false).render(new Outcome(List.<Part>of(lab.diagram("")), 0, false));
    assertFalse(plain.contains("\u001b"));
  }
}
