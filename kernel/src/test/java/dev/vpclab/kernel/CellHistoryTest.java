package dev.vpclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellHistoryTest {
  private final CellHistory history = new CellHistory();

  CellHistoryTest() {
    history.add(1, "aws sts get-caller-identity", "{}\n");
    history.add(2, "echo a", "a\n");
    history.add(3, "aws sts get-caller-identity", "{}\n");
    history.add(4, "aws ec2 describe-vpcs", "{}\n");
  }

  private static List<Integer> counts(List<CellHistory.Entry> entries) {
    return entries.stream().map(CellHistory.Entry::count).toList();
  }

  @Test
  void tailIsTheLastNOldestFirst() {
    assertEquals(List.of(3, 4), counts(history.tail(2)));
    assertEquals(List.of(1, 2, 3, 4), counts(history.tail(10)));
    assertEquals(List.of(), counts(history.tail(0)));
  }

  @Test
  void rangeIsFromStartUpToStopOfThisSession() {
    assertEquals(List.of(2, 3), counts(history.range(CellHistory.SESSION, 2, 4)));
    assertEquals(List.of(2, 3, 4), counts(history.range(0, 2, 0)));
    assertEquals(List.of(), counts(history.range(7, 1, 4)));
  }

  @Test
  void searchIsAGlobOverTheCode() {
    assertEquals(List.of(1, 3, 4), counts(history.search("aws *", 0, false)));
    assertEquals(List.of(3, 4), counts(history.search("aws *", 0, true)));
    assertEquals(List.of(4), counts(history.search("aws *", 1, false)));
    assertEquals(List.of(2), counts(history.search("echo ?", 0, false)));
    assertEquals(List.of(), counts(history.search("echo", 0, false)));
  }

  @Test
  void entriesKeepWhatTheCellPrinted() {
    assertEquals("a\n", history.tail(3).get(0).output());
  }
}
