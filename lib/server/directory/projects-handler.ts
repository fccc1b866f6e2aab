import 'server-only';
import { projectList } from './directory';
import { parseProjectsQuery, queryProjects } from './projects-query';
import { directoryRoute } from './route';

/**
 * GET /api/directory/projects: one page of the organization's projects (newest first), filtered by
 * status and searched by name or id over all projects on the server, with the counts per status
 * and when the list was read (`as_of`). Bad input is refused before anything is read.
 */
export const handleProjectsRequest = directoryRoute('projects', async (client, search) => {
  const query = parseProjectsQuery(search);
  const projects = await projectList(client);
  return { object: 'list', ...queryProjects(projects.value, query), as_of: Math.floor(projects.asOf / 1000) };
});
