/**
 * The product's vocabulary, shared by collections/, lib/ and app/ and importing none of them:
 * roles, review states, audit actions, the reviewed collections and their labels, the
 * workflow-write flag, select options, relationship values and the link graph.
 */
export * from './audit'
export * from './collections'
export * from './links'
export * from './options'
export * from './relations'
export * from './review'
export * from './roles'
export * from './workflowWrite'
export * from './slug'
