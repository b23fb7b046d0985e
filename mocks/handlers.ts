// Every MSW handler for Lede's content, in one list shared by the browser worker, Node tests, the demo and `npm run api`.
import { contentHandlers } from './handlers/content';

export const handlers = [...contentHandlers];
