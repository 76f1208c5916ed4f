package networth.io.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many inputs each fuzz property tries: a modest number in the normal build, as many as asked
 * with {@code -Dfuzz.tries=N} (see docs/robustness.md). A hook rather than {@code @Property(tries =
 * …)}, whose count must be a constant.
 *
 * <p>The normal build tries the same inputs every time (a fixed seed), so that a build fails only
 * for a change it made; a long run ({@code -Dfuzz.tries}) draws new ones, unless {@code
 * -Dfuzz.seed=S} asks for a run again.
 */
public final class FuzzTries implements AroundPropertyHook {

  /** What the normal build tries per property: about half a minute on a busy 2-core machine. */
  static final int DEFAULT = 30;

  /** The inputs of the normal build. */
  static final String NORMAL_BUILD_SEED = "20261130";

  static int tries() {
    return Integer.getInteger("fuzz.tries", DEFAULT);
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(tries());
    String seed = System.getProperty("fuzz.seed");
    if (seed != null) {
      context.attributes().setSeed(seed);
    } else if (System.getProperty("fuzz.tries") == null) {
      context.attributes().setSeed(NORMAL_BUILD_SEED);
    }
    return property.execute();
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return element.map(e -> e instanceof Method).orElse(false);
  }
}
