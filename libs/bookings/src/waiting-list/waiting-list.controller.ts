import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, RateLimited, Roles, type Principal } from '@ptc/platform';
import { JoinWaitingListDto } from '../dto/evening.dto.js';
import { WaitingPlaceView } from '../dto/views.js';
import { WaitingListService } from './waiting-list.service.js';

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent')
export class ParentWaitingListController {
  constructor(private readonly waitingList: WaitingListService) {}

  @Get('events/:id/waiting-list')
  @Operation({ id: 'listWaitingPlaces', summary: "The family's places on the evening's waiting lists, with positions and any time held for them", type: [WaitingPlaceView] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.waitingList.placesOf(principal, id);
  }

  @Post('events/:id/waiting-list')
  @RateLimited('bookingWrites')
  @Operation({ id: 'joinWaitingList', summary: "Join a teacher's waiting list for a child (only when the teacher has no free time); joining twice keeps the first place", type: WaitingPlaceView, status: 201 })
  join(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: JoinWaitingListDto) {
    return this.waitingList.join(principal, id, dto.studentId, dto.teacherId);
  }

  @Delete('waiting-list/:placeId')
  @RateLimited('bookingWrites')
  @Operation({ id: 'leaveWaitingList', summary: 'Leave a waiting list, or say no to the time held for the family (it passes to the next family)', status: 204 })
  async leave(@CurrentPrincipal() principal: Principal, @Param('placeId', ParseId) placeId: string): Promise<void> {
    await this.waitingList.leave(principal, placeId);
  }
}
