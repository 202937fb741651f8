/**
 * Topics and hashtags learned from the user's own posts (issue 16): `learnFromPost` counts each
 * post into a small state of stems and tags (no text), `proposeFromLearned` turns it into
 * proposals for the strategy.
 */
export { learnFromPost, type OwnPost } from './learn';
export { ordinaryEnglish, ordinaryNorwegian, prepareLearner } from './ordinary';
export {
  COMMON_FROM,
  COMMON_SHARE,
  type HashtagProposal,
  MAX_HASHTAG_PROPOSALS,
  MAX_TOPIC_PROPOSALS,
  MIN_POSTS,
  type Proposals,
  type ProposeOptions,
  proposeFromLearned,
  type TopicProposal,
} from './propose';
export {
  AGE_AT,
  emptyLearned,
  LEARNED_VERSION,
  type Learned,
  type LearnedEntry,
  learnedSchema,
  MAX_FORMS,
  MAX_POSTS,
  MAX_TAGS,
  MAX_WORDS,
  parseLearned,
} from './state';
