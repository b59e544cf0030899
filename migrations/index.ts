import * as migration_20261125_123456_initial from './20261125_123456_initial';
import * as migration_20261125_125033_content_model_and_review from './20261125_125033_content_model_and_review';

export const migrations = [
  {
    up: migration_20261125_123456_initial.up,
    down: migration_20261125_123456_initial.down,
    name: '20261125_123456_initial',
  },
  {
    up: migration_20261125_125033_content_model_and_review.up,
    down: migration_20261125_125033_content_model_and_review.down,
    name: '20261125_125033_content_model_and_review'
  },
];
