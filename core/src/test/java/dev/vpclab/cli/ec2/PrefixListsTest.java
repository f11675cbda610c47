package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class PrefixListsTest {
  private final ApiTester api = new ApiTester();

  @Test
  void describePrefixListsShowsTheRegionsAwsManagedLists() {
    var out =
        api.inRegion("us-east-1")
            .ok("ec2", "DescribePrefixLists", "{\"PrefixListIds\": [\"pl-63a5400a\"]}");
    // CLI example of describe-prefix-lists (us-east-1 S3).
    assertEquals("com.amazonaws.us-east-1.s3", at(out, "PrefixLists.0.PrefixListName"));
    assertEquals("54.231.0.0/17", at(out, "PrefixLists.0.Cidrs.0"));
  }

  @Test
  void managedPrefixListsAreOwnedByAws() {
    var out =
        api.ok(
            "ec2",
            "DescribeManagedPrefixLists",
            "{\"Filters\": [{\"Name\": \"prefix-list-name\", \"Values\": [\"*.s3\"]}]}");
    assertEquals(1, out.get("PrefixLists").size());
    assertEquals("pl-7ba54012", at(out, "PrefixLists.0.PrefixListId"));
    assertEquals("AWS", at(out, "PrefixLists.0.OwnerId"));
    assertEquals(
        "arn:aws:ec2:us-east-2:aws:prefix-list/pl-7ba54012",
        at(out, "PrefixLists.0.PrefixListArn"));
    var entries =
        api.ok("ec2", "GetManagedPrefixListEntries", "{\"PrefixListId\": \"pl-7ba54012\"}");
    assertEquals("52.219.80.0/20", at(entries, "Entries.0.Cidr"));
  }

  @Test
  void listsOfOtherRegionsDoNotExistHere() {
    // Code from EC2's error list; message as emulators word it.
    assertEquals(
        "InvalidPrefixListID.NotFound: The prefix list ID 'pl-63a5400a' does not exist",
        api.error("ec2", "GetManagedPrefixListEntries", "{\"PrefixListId\": \"pl-63a5400a\"}"));
    assertEquals(
        "InvalidPrefixListID.NotFound: The prefix list ID 'pl-63a5400a' does not exist",
        api.error("ec2", "DescribePrefixLists", "{\"PrefixListIds\": [\"pl-63a5400a\"]}"));
    assertEquals(
        "InvalidPrefixListID.NotFound: The prefix list ID 'pl-63a5400a' does not exist",
        api.error("ec2", "DescribeManagedPrefixLists", "{\"PrefixListIds\": [\"pl-63a5400a\"]}"));
  }
}
