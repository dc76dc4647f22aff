// @ts-check
import { defineConfig } from 'astro/config';
import lectern from './src/integration/index.ts';

export default defineConfig({
  integrations: [lectern()],
});
