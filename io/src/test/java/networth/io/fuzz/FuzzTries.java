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
 */
public final class FuzzTries implements AroundPropertyHook {

  /** What the normal build tries per property: about half a minute on a busy 2-core machine. */
  static final int DEFAULT = 30;

  static int tries() {
    return Integer.getInteger("fuzz.tries", DEFAULT);
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(tries());
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
