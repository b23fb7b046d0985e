// The demo's mock API inside the page (MSW's getResponse over the demo handlers), for the /api requests of a first
// visit that the snapshot does not hold (search, archive pages, the changing and live stories). A lazy chunk of the
// demo build, loaded only when such a request comes before the service worker controls the page.
import { getResponse } from 'msw';
import { demoHandlers } from '../../mocks/demo-handlers';

/** The mock API's answer to `request`; a mocked network error fails the request, as a real one would. */
export async function answerFromMocks(request: Request): Promise<Response> {
  const response = await getResponse(demoHandlers, request);
  if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
  return response;
}
