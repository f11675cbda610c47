package dev.vpclab.shell.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletenessTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          ''                                         => COMPLETE
          '# only a comment'                         => COMPLETE
          'echo hi'                                  => COMPLETE
          'VPC=$(aws ec2 create-vpc --query Vpc.VpcId --output text)' => COMPLETE
          'aws ec2 create-vpc \\'                    => INCOMPLETE
          'echo "unclosed'                           => INCOMPLETE
          'echo ''unclosed'                          => INCOMPLETE
          'X=$(aws ec2 describe-vpcs'                => INCOMPLETE
          'echo "$(date'                             => INCOMPLETE
          'echo ${HOME'                              => INCOMPLETE
          'echo `date'                               => INCOMPLETE
          'ls |'                                     => INCOMPLETE
          'true &&'                                  => INCOMPLETE
          'false ||'                                 => INCOMPLETE
          '(cd /tmp'                                 => INCOMPLETE
          '{ echo a;'                                => INCOMPLETE
          'echo a;;'                                 => INVALID
          '| echo'                                   => INVALID
          'echo >'                                   => INVALID
          'echo )'                                   => INVALID
          'echo a # trailing comment \\'             => COMPLETE
          'echo \\\\'                                => COMPLETE
          """)
  void oneLine(String source, Completeness expected) {
    assertEquals(expected, ShellSyntax.isComplete(source));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          'aws ec2 create-tags \\\\n  --resources vpc-1 \\\\n  --tags Key=Name,Value=x' => COMPLETE
          'echo "line one\\nline two"'                      => COMPLETE
          'cat <<EOF\\nhello'                                => INCOMPLETE
          'cat <<EOF\\nhello\\nEOF'                          => COMPLETE
          'cat > p.json <<''EOF''\\n{\\n}\\nEOF\\n'          => COMPLETE
          'ls |\\n'                                          => INCOMPLETE
          'ls |\\nwc -l'                                     => COMPLETE
          'echo a \\\\\\n'                                   => INCOMPLETE
          """)
  void severalLines(String source, Completeness expected) {
    // \n in the table stands for a newline, \\ for a backslash
    String text = source.replace("\\\\", "\u0000").replace("\\n", "\n").replace("\u0000", "\\");
    assertEquals(expected, ShellSyntax.isComplete(text));
  }
}
