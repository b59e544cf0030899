import * as migration_20261125_123456_initial from './20261125_123456_initial';
import * as migration_20261125_125033_content_model_and_review from './20261125_125033_content_model_and_review';
import * as migration_20261125_211747_references_verification from './20261125_211747_references_verification';
import * as migration_20261125_232112_auth_security from './20261125_232112_auth_security';
import * as migration_20261126_002607_scheduled_publishing from './20261126_002607_scheduled_publishing';
import * as migration_20261126_011720_redirects_media_hero from './20261126_011720_redirects_media_hero';
import * as migration_20261126_013006_site_search from './20261126_013006_site_search';
import * as migration_20261126_043421_review_due_at from './20261126_043421_review_due_at';

export const migrations = [
  {
    up: migration_20261125_123456_initial.up,
    down: migration_20261125_123456_initial.down,
    name: '20261125_123456_initial',
  },
  {
    up: migration_20261125_125033_content_model_and_review.up,
    down: migration_20261125_125033_content_model_and_review.down,
    name: '20261125_125033_content_model_and_review',
  },
  {
    up: migration_20261125_211747_references_verification.up,
    down: migration_20261125_211747_references_verification.down,
    name: '20261125_211747_references_verification',
  },
  {
    up: migration_20261125_232112_auth_security.up,
    down: migration_20261125_232112_auth_security.down,
    name: '20261125_232112_auth_security',
  },
  {
    up: migration_20261126_002607_scheduled_publishing.up,
    down: migration_20261126_002607_scheduled_publishing.down,
    name: '20261126_002607_scheduled_publishing',
  },
  {
    up: migration_20261126_011720_redirects_media_hero.up,
    down: migration_20261126_011720_redirects_media_hero.down,
    name: '20261126_011720_redirects_media_hero',
  },
  {
    up: migration_20261126_013006_site_search.up,
    down: migration_20261126_013006_site_search.down,
    name: '20261126_013006_site_search',
  },
  {
    up: migration_20261126_043421_review_due_at.up,
    down: migration_20261126_043421_review_due_at.down,
    name: '20261126_043421_review_due_at'
  },
];
