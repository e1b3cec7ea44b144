package inkwell.model;

/**
 * Whether the JVM was started with {@code --add-modules jdk.incubator.vector}. The fast kernels
 * ({@link InferenceKernel}, {@link LstmStepKernel}) need it; without it their classes must not even be loaded,
 * so this check lives apart from them.
 */
final class VectorApi {
    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }
}
