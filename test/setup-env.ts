// Loaded by jest before every test file: type-graphql's decorators need the metadata polyfill first.
import 'reflect-metadata';

process.env.LOG_LEVEL ??= 'silent';
