package dev.vpclab.bench;

import dev.vpclab.Vpclab;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Outcome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One explained {@code aws s3 ls --region us-east-2} on the lab's private instance, as the learner
 * triggers it: the whole line through {@link Vpclab#eval} — the shell, the CLI's parsing and
 * configuration, the instance profile's credentials, the region, the VPC's DNS, the network path
 * through the gateway endpoint, the endpoint and identity policies, S3's ListBuckets, and the trace
 * with its why note. On the lab alone, and on the lab inside an estate of 1,000 VPCs.
 *
 * <p>Not run by the build: {@code java -jar bench/target/benchmarks.jar} (see bench/README.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ExplainedS3Ls {
  /** The line measured: the lab's moment that works through the gateway endpoint. */
  static final String LINE = "aws s3 ls --region us-east-2";

  /** {@code lab}: a fresh account; {@code estate}: 1,000 more VPCs, 10,000 subnets. */
  @Param({"lab", "estate"})
  public String topology;

  private World account;
  private Vpclab vpclab;

  @Setup(Level.Trial)
  public void account() {
    account = topology.equals("estate") ? Estate.generate(1000) : FreshAccount.create();
  }

  /**
   * A new session for every iteration: a session keeps every trace for {@code /explain N}, and
   * hundreds of thousands of them would measure the garbage collector rather than the call.
   */
  @Setup(Level.Iteration)
  public void onThePrivateInstance() {
    vpclab = LabSession.onPrivateInstance(account);
    Outcome first = vpclab.eval(LINE);
    if (!first.stdout().contains("my-lab-bucket-123")) {
      throw new IllegalStateException(LINE + " did not list the bucket: " + first.parts());
    }
  }

  @Benchmark
  public Outcome awsS3Ls() {
    return vpclab.eval(LINE);
  }
}
