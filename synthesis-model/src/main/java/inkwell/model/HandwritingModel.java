package inkwell.model;

/** A network together with everything needed to use it: the offset normalisation and where it came from. */
public record HandwritingModel(SynthesisNetwork network, OffsetStats stats, Provenance provenance) {

    public NetworkConfig config() {
        return network.config();
    }

    public Alphabet alphabet() {
        return network.config().alphabet();
    }

    public HandwritingModel withProvenance(Provenance p) {
        return new HandwritingModel(network, stats, p);
    }
}
