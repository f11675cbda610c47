package dev.vpclab.kernel.jupyter;

import com.google.gson.JsonParser;
import dev.vpclab.kernel.Emission;
import dev.vpclab.kernel.MimeBundle;
import dev.vpclab.outcome.Part;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

/** What a cell emits, as iopub messages: stream, display_data, execute_result, error. */
final class Outputs {
  private Outputs() {}

  static void publish(ReplyEnvironment env, int count, Emission emission) {
    if (emission instanceof Emission.Stream s) {
      env.publish(
          new PublishStream(
              s.stream() == Part.Stream.STDOUT
                  ? PublishStream.StreamType.OUT
                  : PublishStream.StreamType.ERR,
              s.text()));
    } else if (emission instanceof Emission.Display d) {
      env.publish(new PublishDisplayData(displayData(d.bundle())));
    } else if (emission instanceof Emission.Result r) {
      env.publish(new PublishExecuteResult(count, displayData(r.bundle())));
    } else if (emission instanceof Emission.Failure f) {
      env.publish(new PublishError(f.name(), f.message(), f.traceback()));
    }
  }

  /** A bundle as display data; a JSON type's document embedded as JSON, not as a string. */
  static DisplayData displayData(MimeBundle bundle) {
    var data = new DisplayData();
    bundle
        .data()
        .forEach(
            (mime, content) ->
                data.putData(
                    mime, MimeBundle.isJson(mime) ? JsonParser.parseString(content) : content));
    return data;
  }
}
