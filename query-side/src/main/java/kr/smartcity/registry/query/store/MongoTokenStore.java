package kr.smartcity.registry.query.store;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Axon {@link TokenStore} keeping tracking tokens in MongoDB, next to the projections they describe, so that a restore
 * of the database rolls tokens and read models back together and a replay repairs the projections.
 * <p>
 * Claim semantics mirror Axon's {@code JdbcTokenStore}/{@code JpaTokenStore}. Without transactions, every claim is a
 * single conditional write whose filter is the claim condition, and each token's {@code _id} is
 * {@code processorName#segment}, so that competing initialisations collide on the primary key.
 */
public final class MongoTokenStore implements TokenStore {

    private static final String ID = "_id";
    private static final String PROCESSOR_NAME = "processorName";
    private static final String SEGMENT = "segment";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";
    private static final String OWNER = "owner";
    private static final String TIMESTAMP = "timestamp";
    // Cannot collide with a token id, which always ends in "#<segment>".
    private static final String CONFIG_ID = "__config";
    private static final String STORAGE_IDENTIFIER = "storageIdentifier";

    private final MongoTemplate mongo;
    private final Serializer serializer;
    private final String nodeId;
    private final Duration claimTimeout;
    private final String collection;
    private final Clock clock;

    private MongoTokenStore(Builder builder) {
        builder.validate();
        this.mongo = builder.mongoTemplate;
        this.serializer = builder.serializer;
        this.nodeId = builder.nodeId;
        this.claimTimeout = builder.claimTimeout;
        this.collection = builder.collectionName;
        this.clock = builder.clock;
    }

    /**
     * {@code mongoTemplate} and {@code serializer} are required. Defaults: {@code nodeId} the JVM's runtime name (as
     * in Axon's stores), {@code claimTimeout} 10 seconds, {@code collectionName} {@code "tracking_tokens"},
     * {@code clock} {@link Clock#systemUTC()}.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        Instant now = clock.instant();
        List<Document> entries = IntStream.range(0, segmentCount)
                                          .mapToObj(segment -> newEntry(processorName, segment, initialToken, now))
                                          .toList();
        try {
            // An ordered insert stops at the first duplicate, and every initialiser starts at segment 0:
            // whoever loses the race on segment 0 adds nothing.
            mongo.insert(entries, collection);
        } catch (DuplicateKeyException e) {
            // The interface (and Axon's JDBC and JPA stores) report this case as a claim failure.
            throw new UnableToClaimTokenException(String.format(
                    "Could not initialize segments for processor '%s'. Some were already present.", processorName), e);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            mongo.insert(newEntry(processorName, segment, token, clock.instant()), collection);
        } catch (DuplicateKeyException e) {
            throw new UnableToInitializeTokenException(String.format(
                    "Could not initialize segment '%s[%d]'. It is already present.", processorName, segment), e);
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Instant now = clock.instant();
        Update update = claim(now);
        SerializedObject<String> serialized = serialize(token);
        update.set(TOKEN, serialized == null ? null : serialized.getData())
              .set(TOKEN_TYPE, serialized == null ? null : serialized.getType().getName());
        if (mongo.updateFirst(claimable(processorName, segment, now), update, collection).getMatchedCount() == 0) {
            throw claimFailure(processorName, segment);
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Instant now = clock.instant();
        Document entry = mongo.findAndModify(claimable(processorName, segment, now), claim(now), Document.class,
                                             collection);
        if (entry == null) {
            throw claimFailure(processorName, segment);
        }
        return deserialize(entry);
    }

    /**
     * Claims first and validates afterwards, as Axon's JPA store does: a split or merge needs the claim we now hold,
     * so none can slip in between the check and the claim.
     */
    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        int segmentId = segment.getSegmentId();
        TrackingToken token = fetchToken(processorName, segmentId);
        String change = null;
        if (exists(processorName, segment.splitSegmentId())) {
            change = "It has been split into two segments";
        } else if (segment.mergeableSegmentId() > segmentId && !exists(processorName, segment.mergeableSegmentId())) {
            // With a lower mergeable id this is the segment a merge deletes, so a merge would have failed the claim.
            change = "It has been merged with another segment";
        }
        if (change != null) {
            releaseClaim(processorName, segmentId);
            throw new UnableToClaimTokenException(
                    String.format("Unable to claim token '%s[%d]'. %s.", processorName, segmentId, change));
        }
        return token;
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        Instant now = clock.instant();
        if (mongo.updateFirst(owned(processorName, segment), new Update().set(TIMESTAMP, Date.from(now)), collection)
                 .getMatchedCount() == 0) {
            throw new UnableToClaimTokenException(String.format(
                    "Unable to extend the claim on token '%s[%d]'. It is either claimed by another process, "
                            + "or there is no such token.", processorName, segment));
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        mongo.updateFirst(owned(processorName, segment),
                          new Update().set(OWNER, null).set(TIMESTAMP, Date.from(clock.instant())), collection);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        if (mongo.remove(owned(processorName, segment), collection).getDeletedCount() == 0) {
            throw new UnableToClaimTokenException(String.format(
                    "Unable to remove token '%s[%d]'. It is not owned by '%s'.", processorName, segment, nodeId));
        }
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return segmentsOf(query(where(PROCESSOR_NAME).is(processorName)));
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        int[] allSegments = fetchSegments(processorName);
        int[] available = segmentsOf(query(claimableBy(where(PROCESSOR_NAME).is(processorName), clock.instant())));
        return IntStream.of(available).mapToObj(segment -> Segment.computeSegment(segment, allSegments)).toList();
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        try {
            // One atomic upsert: the first caller creates the identifier, everyone after reads the same one.
            Document config = mongo.findAndModify(
                    query(where(ID).is(CONFIG_ID)),
                    new Update().setOnInsert(STORAGE_IDENTIFIER, UUID.randomUUID().toString()),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
            return Optional.ofNullable(config).map(found -> found.getString(STORAGE_IDENTIFIER));
        } catch (DataAccessException e) {
            throw new UnableToRetrieveIdentifierException("Could not retrieve or create the storage identifier", e);
        }
    }

    private Document newEntry(String processorName, int segment, TrackingToken token, Instant now) {
        SerializedObject<String> serialized = serialize(token);
        return new Document(ID, id(processorName, segment))
                .append(PROCESSOR_NAME, processorName)
                .append(SEGMENT, segment)
                .append(TOKEN, serialized == null ? null : serialized.getData())
                .append(TOKEN_TYPE, serialized == null ? null : serialized.getType().getName())
                .append(OWNER, null)
                .append(TIMESTAMP, Date.from(now));
    }

    private SerializedObject<String> serialize(TrackingToken token) {
        return token == null ? null : serializer.serialize(token, String.class);
    }

    private TrackingToken deserialize(Document entry) {
        String type = entry.getString(TOKEN_TYPE);
        if (type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(entry.getString(TOKEN), String.class, type, null));
    }

    private static String id(String processorName, int segment) {
        // Unambiguous even if the name contains '#': the segment after the last '#' is always a plain integer.
        return processorName + "#" + segment;
    }

    private Update claim(Instant now) {
        return new Update().set(OWNER, nodeId).set(TIMESTAMP, Date.from(now));
    }

    private Query claimable(String processorName, int segment, Instant now) {
        return query(claimableBy(where(ID).is(id(processorName, segment)), now));
    }

    /** The claim rule of Axon's token entries: unowned, owned by this node, or the owner's claim has expired. */
    private Criteria claimableBy(Criteria criteria, Instant now) {
        return criteria.orOperator(where(OWNER).is(null),
                                   where(OWNER).is(nodeId),
                                   where(TIMESTAMP).lt(Date.from(now.minus(claimTimeout))));
    }

    private Query owned(String processorName, int segment) {
        return query(where(ID).is(id(processorName, segment)).and(OWNER).is(nodeId));
    }

    private boolean exists(String processorName, int segment) {
        return mongo.exists(query(where(ID).is(id(processorName, segment))), collection);
    }

    private int[] segmentsOf(Query query) {
        query.fields().include(SEGMENT);
        return mongo.find(query.with(Sort.by(SEGMENT)), Document.class, collection)
                    .stream()
                    .mapToInt(entry -> entry.getInteger(SEGMENT))
                    .toArray();
    }

    /** Only for the failure message: the failed conditional write already decided the outcome. */
    private UnableToClaimTokenException claimFailure(String processorName, int segment) {
        Document entry = mongo.findById(id(processorName, segment), Document.class, collection);
        String reason = entry == null ? "It has not been initialized yet"
                : "It is owned by '" + entry.getString(OWNER) + "'";
        return new UnableToClaimTokenException(
                String.format("Unable to claim token '%s[%d]'. %s", processorName, segment, reason));
    }

    /** Builds a {@link MongoTokenStore}; see {@link MongoTokenStore#builder()} for what is required. */
    public static final class Builder {

        private MongoTemplate mongoTemplate;
        private Serializer serializer;
        private String nodeId = ManagementFactory.getRuntimeMXBean().getName();
        private Duration claimTimeout = Duration.ofSeconds(10);
        private String collectionName = "tracking_tokens";
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder mongoTemplate(MongoTemplate mongoTemplate) {
            this.mongoTemplate = mongoTemplate;
            return this;
        }

        public Builder serializer(Serializer serializer) {
            this.serializer = serializer;
            return this;
        }

        public Builder nodeId(String nodeId) {
            this.nodeId = nodeId;
            return this;
        }

        public Builder claimTimeout(Duration claimTimeout) {
            this.claimTimeout = claimTimeout;
            return this;
        }

        public Builder collectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public MongoTokenStore build() {
            return new MongoTokenStore(this);
        }

        private void validate() {
            assertNonNull(mongoTemplate, "The MongoTemplate is a hard requirement and should be provided");
            assertNonNull(serializer, "The Serializer is a hard requirement and should be provided");
            assertThat(nodeId, id -> id != null && !id.isEmpty(), "The nodeId may not be null or empty");
            assertThat(claimTimeout, timeout -> timeout != null && !timeout.isNegative(),
                       "The claimTimeout may not be null or negative");
            assertThat(collectionName, name -> name != null && !name.isEmpty(),
                       "The collectionName may not be null or empty");
            assertNonNull(clock, "The Clock may not be null");
        }
    }
}
