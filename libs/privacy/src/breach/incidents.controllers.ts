import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, Roles, runForSchool, type Principal } from '@ptc/platform';
import { BreachReportService } from './breach-report.service.js';
import { BreachReportView, BreachWindowQuery, IncidentView, OpenIncidentDto, SchoolIncidentView } from './incident.dto.js';
import { IncidentsService } from './incidents.service.js';

const csvFile = (text: string) => new StreamableFile(Buffer.from(text, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="affected-people.csv"' });

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/incidents')
export class OperatorIncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly reports: BreachReportService,
  ) {}

  @Post()
  @Operation({ id: 'openIncident', summary: 'Record a security incident: its window, when it was detected, and the schools it may touch with their counts', status: 201, type: IncidentView })
  open(@Body() dto: OpenIncidentDto) {
    return this.incidents.open(dto);
  }

  @Get()
  @Operation({ id: 'listIncidents', summary: 'Incidents with the 72-hour clock and each school’s notification and acknowledgement', type: [IncidentView] })
  list() {
    return this.incidents.list();
  }

  @Post(':id/notify')
  @Operation({ id: 'notifyIncidentSchools', summary: 'Email every school of the incident not told yet (through the outbox)', type: IncidentView })
  notify(@Param('id', ParseId) id: string) {
    return this.incidents.notify(id);
  }

  @Get(':id/schools/:schoolId/affected.csv')
  @Operation({ id: 'exportIncidentAffectedPeople', summary: "The school's people whose data the incident's window reached (CSV)", produces: 'text/csv' })
  async affected(@Param('id', ParseId) id: string, @Param('schoolId', ParseId) schoolId: string) {
    const { from, to } = await this.incidents.windowFor(id, schoolId);
    return csvFile(await runForSchool(schoolId, () => this.reports.csv(from, to)));
  }
}

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin')
export class AdminBreachController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly reports: BreachReportService,
  ) {}

  @Get('breach-report')
  @Operation({ id: 'getBreachReport', summary: "Whose data in the school was read or changed in a time window, through which routes, by kind and category", type: BreachReportView })
  report(@Query() window: BreachWindowQuery) {
    return this.reports.report(new Date(window.from), new Date(window.to));
  }

  @Get('breach-report.csv')
  @Operation({ id: 'exportBreachReport', summary: 'The people of the breach report, one row each, as the school would write to them (CSV)', produces: 'text/csv' })
  async csv(@Query() window: BreachWindowQuery) {
    return csvFile(await this.reports.csv(new Date(window.from), new Date(window.to)));
  }

  @Get('incidents')
  @Operation({ id: 'listSchoolIncidents', summary: 'Security incidents PTC has told the school of', type: [SchoolIncidentView] })
  list() {
    return this.incidents.ofSchool();
  }

  @Post('incidents/:id/acknowledge')
  @Operation({ id: 'acknowledgeIncident', summary: 'The school has read the incident notice', type: SchoolIncidentView })
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.incidents.acknowledge(principal, id);
  }

  @Get('incidents/:id/affected.csv')
  @Operation({ id: 'exportSchoolIncidentAffectedPeople', summary: "The school's people whose data the incident's window reached (CSV)", produces: 'text/csv' })
  async affected(@Param('id', ParseId) id: string) {
    const { from, to } = await this.incidents.windowOfOwn(id);
    return csvFile(await this.reports.csv(from, to));
  }
}
